-- A decision cancelling an earlier trip decision ("Hủy bỏ Quyết định số …", scenario 14): the cancelled
-- decision's trip is no trip once `pipeline.link.amendments` applied it.

ALTER TABLE document_amendments ADD COLUMN cancels BOOLEAN DEFAULT false;
