-- A foreign firm paying (issue 13, scenario 40): the country a paying firm is of, as its decision says it ("Công ty
-- Luật Hanbit (Hàn Quốc) đài thọ …"), so a ban on domestic firms' money ("doanh nghiệp … trong nước") leaves the
-- trip out (`pipeline.checks.kinds.no_enterprise_funded`).

ALTER TABLE trips ADD COLUMN sponsor_country VARCHAR;  -- preferred name of the firm's foreign country, else NULL
