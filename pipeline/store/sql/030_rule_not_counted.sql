-- The posts a delegation's size does not count, stored with the rule (issue 13, blind scenario 42): "không quá 12
-- thành viên (không tính diễn viên, nhạc công, vận động viên, huấn luyện viên)". Read from the rule's sentence
-- (`extractors.size_exclusions`); the check leaves out the members whose title or role names one. The size rules
-- stored before kept only the sentence, from which the check read interpreters and drivers: they get those posts.

ALTER TABLE rules ADD COLUMN not_counted JSON;  -- ["diễn viên", "nhạc công", …]; null: every member counts

UPDATE rules SET not_counted = to_json(p.posts)
FROM (SELECT rule_id, list_filter([
        CASE WHEN regexp_matches(s, '(khong|chua) (ke|tinh)[^.;]*phien dich')
               OR regexp_matches(s, 'phien dich[^.;]*(khong|chua) (ke|tinh)') THEN 'phiên dịch' END,
        CASE WHEN regexp_matches(s, '(khong|chua) (ke|tinh)[^.;]*(lai xe|tai xe)')
               OR regexp_matches(s, '(lai xe|tai xe)[^.;]*(khong|chua) (ke|tinh)') THEN 'lái xe' END],
        lambda post: post IS NOT NULL) AS posts
      FROM (SELECT rule_id, strip_accents(lower(sentence)) AS s FROM rules WHERE kind = 'max_delegation_size')) p
WHERE rules.rule_id = p.rule_id AND len(p.posts) > 0;
