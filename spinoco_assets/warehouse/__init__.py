"""The analysts' DuckDB warehouse: table schemas, the non-blocking writer, the text export."""
