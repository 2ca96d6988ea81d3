-- Transit stops and private trips (issue 13, scenario 18): a country a delegation only passes through ("quá cảnh
-- Thái Lan") is kept apart from its destinations (not counted in countries a trip nor days a country), and a
-- decision that permits a private trip ("đi nước ngoài về việc riêng") keeps the words that say so: no check on
-- business trips judges it, and `congvan check` says why (`pipeline.checks.out_of_scope`).

ALTER TABLE trips ADD COLUMN transit VARCHAR[];        -- countries passed through, preferred names
ALTER TABLE trips ADD COLUMN transit_codes VARCHAR[];  -- ISO 3166-1 alpha-2, same order
ALTER TABLE trips ADD COLUMN private_trip VARCHAR;     -- the decision's words permitting a private trip, else NULL
