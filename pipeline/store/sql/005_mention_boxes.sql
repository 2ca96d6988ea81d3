-- Word boxes for people named on scanned pages: the union of the OCR word boxes that spell the name,
-- {"left", "top", "width", "height"} in pixels at the OCR resolution; null on text-layer/docx pages.
ALTER TABLE mentions ADD COLUMN box JSON;
