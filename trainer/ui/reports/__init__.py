"""Reports for a physiotherapist: the PDF and its preview pages, drawn with QtGui alone."""
