"""Files in and out: Excel import and export, PDF documents. No Qt, no widgets."""
