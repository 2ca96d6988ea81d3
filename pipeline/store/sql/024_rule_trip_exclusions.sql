-- The trips a dispatch puts outside all of its rules (issue 13, scenario 16: "Việc cử viên chức đi đào tạo, học tập
-- dài hạn ở nước ngoài (từ ba (03) tháng trở lên) không phải là chuyến đi công tác, không thuộc phạm vi điều chỉnh của
-- Chỉ thị này"), stored with each rule of it: no check judges such a trip, and `congvan check` says why.

ALTER TABLE rules ADD COLUMN trip_exclusions JSON;  -- [{activities, min_months, min_days, long_term, sentence, span}]
