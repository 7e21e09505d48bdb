-- The rollups gained grains (0, 1, 2, 4, 6, 15; kept exact here without a rebuild): the existing daily rows are
-- the finest grain (15, with the employee) and the existing monthly rows grain 7 (no employee, not kept); every
-- kept grain is summed from them, so no response is re-read.
INSERT INTO "metric_daily_rollups" (organisation_id, grain, day, survey_id, unit_id, channel_id, segment_id, employee_id, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, unscored)
SELECT r.organisation_id, g.grain, r.day, r.survey_id, case when g.grain & 1 <> 0 then r.unit_id end, case when g.grain & 2 <> 0 then r.channel_id end, case when g.grain & 4 <> 0 then r.segment_id end, null::uuid, sum(s0)::int, sum(s1)::int, sum(s2)::int, sum(s3)::int, sum(s4)::int, sum(s5)::int, sum(s6)::int, sum(s7)::int, sum(s8)::int, sum(s9)::int, sum(s10)::int, sum(unscored)::int
FROM "metric_daily_rollups" r CROSS JOIN (VALUES (0), (1), (2), (4), (6)) AS g(grain)
WHERE r.grain = 15
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;--> statement-breakpoint
INSERT INTO "metric_monthly_rollups" (organisation_id, grain, month, survey_id, unit_id, channel_id, segment_id, employee_id, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, unscored)
SELECT r.organisation_id, g.grain, r.month, r.survey_id, case when g.grain & 1 <> 0 then r.unit_id end, case when g.grain & 2 <> 0 then r.channel_id end, case when g.grain & 4 <> 0 then r.segment_id end, null::uuid, sum(s0)::int, sum(s1)::int, sum(s2)::int, sum(s3)::int, sum(s4)::int, sum(s5)::int, sum(s6)::int, sum(s7)::int, sum(s8)::int, sum(s9)::int, sum(s10)::int, sum(unscored)::int
FROM "metric_monthly_rollups" r CROSS JOIN (VALUES (0), (1), (2), (4), (6)) AS g(grain)
WHERE r.grain = 7
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;--> statement-breakpoint
INSERT INTO "metric_monthly_rollups" (organisation_id, grain, month, survey_id, unit_id, channel_id, segment_id, employee_id, s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, unscored)
SELECT r.organisation_id, 15, date_trunc('month', r.day)::date, r.survey_id, r.unit_id, r.channel_id, r.segment_id, r.employee_id, sum(s0)::int, sum(s1)::int, sum(s2)::int, sum(s3)::int, sum(s4)::int, sum(s5)::int, sum(s6)::int, sum(s7)::int, sum(s8)::int, sum(s9)::int, sum(s10)::int, sum(unscored)::int
FROM "metric_daily_rollups" r
WHERE r.grain = 15
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;--> statement-breakpoint
DELETE FROM "metric_monthly_rollups" WHERE grain = 7;
