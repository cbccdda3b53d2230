"""`python -m spinoco_assets.tiny_models DIR`: an alias of `spinoco tiny-models DIR`."""

import sys

from spinoco_assets.cli import main

if __name__ == "__main__":
    main(["tiny-models", *sys.argv[1:]])
