"""Czech PII detection and numbered placeholders for call transcripts.

detector = PiiDetector()                       # once: loads the name lists
call = Placeholders()                          # one per call
text, findings = anonymize(transcript, detector, call)
"""

from .base import Finding
from .detectors import PiiDetector
from .placeholders import Placeholders, anonymize, deanonymize

__all__ = ["Finding", "PiiDetector", "Placeholders", "anonymize", "deanonymize"]
