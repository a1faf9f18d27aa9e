-- Release CN-BCF-2026.2: the seeded reference release CN-BCF-2026.1 unchanged, plus the official
-- electricity carbon-footprint factors (电力碳足迹因子, MEE/NBS/NEA) as a second, distinct factor
-- family beside the electricity CO2 emission factors (电力二氧化碳排放因子, MEE/NBS).
--
-- Why a new release and not rows added to CN-BCF-2026.1: a published release is immutable (V10
-- triggers) and declarations are pinned to it; history stays true only if new values arrive as a
-- new release, whose changes against 2026.1 the app shows ("added" rows). Only values whose
-- official source is cited are seeded; the other technology factors of the announcements are
-- left to a research institute's next release (docs/factors.md).

insert into factor_release (id, version, created_at, created_by, updated_at, updated_by, code, title_zh,
                            title_en, description, status, based_on_release_id)
select gen_random_uuid(), 0, now(), 'system', now(), 'system', 'CN-BCF-2026.2',
       '动力电池背景排放因子库 2026.2（增加电力碳足迹因子）',
       'Traction-battery background emission factors 2026.2 (electricity carbon-footprint factors added)',
       'CN-BCF-2026.1 unchanged, plus the national electricity carbon-footprint factors (life-cycle CO2e) of MEE, NBS'
           || ' and NEA for 2023 (national average, wind, PV, biomass; announcement 2025 No. 3) and 2024 (national'
           || ' average, transmission and distribution with and without line losses; announcement of 28 September'
           || ' 2025). Every value cites its source.',
       'DRAFT', r.id
from factor_release r
where r.code = 'CN-BCF-2026.1';

-- every active factor of 2026.1, unchanged
insert into emission_factor (id, version, created_at, created_by, updated_at, updated_by, release_id, code, category,
                             name_zh, name_en, value, unit, geography, reference_year, source_citation, source_url,
                             pedigree_reliability, pedigree_completeness, pedigree_temporal, pedigree_geographical,
                             pedigree_technological, uncertainty_distribution, uncertainty_a, uncertainty_b, retired,
                             note)
select gen_random_uuid(), 0, now(), 'system', now(), 'system', n.id, f.code, f.category, f.name_zh, f.name_en, f.value,
       f.unit, f.geography, f.reference_year, f.source_citation, f.source_url, f.pedigree_reliability,
       f.pedigree_completeness, f.pedigree_temporal, f.pedigree_geographical, f.pedigree_technological,
       f.uncertainty_distribution, f.uncertainty_a, f.uncertainty_b, false, f.note
from emission_factor f
         join factor_release o on o.id = f.release_id and o.code = 'CN-BCF-2026.1'
         join factor_release n on n.code = 'CN-BCF-2026.2'
where not f.retired;

-- the electricity carbon-footprint family (national values only: the family has no regional or residual value)
insert into emission_factor (id, version, created_at, created_by, updated_at, updated_by, release_id, code, category,
                             name_zh, name_en, value, unit, geography, reference_year, source_citation, source_url,
                             pedigree_reliability, pedigree_completeness, pedigree_temporal, pedigree_geographical,
                             pedigree_technological, retired, note)
select gen_random_uuid(), 0, now(), 'system', now(), 'system', n.id, v.code, 'GRID_ELECTRICITY', v.name_zh, v.name_en,
       v.value, 'kgCO2e/kWh', 'CN', v.year, v.source, 'https://www.mee.gov.cn/', 1, 1, 1, 1, 1, false,
       '全生命周期 CO2e（电力碳足迹因子口径），仅有全国值 / life-cycle CO2e (carbon-footprint family), national value only'
from factor_release n,
     (values ('ELEC-CFP-AVG', '全国电力平均碳足迹因子', 'Electricity, national average carbon-footprint factor', 0.6205, 2023,
              '生态环境部、国家统计局、国家能源局公告2025年第3号（2025年1月）：2023年电力碳足迹因子 / MEE, NBS and NEA announcement 2025 No. 3 (January 2025): 2023 electricity carbon-footprint factors'),
             ('ELEC-CFP-WIND', '风电碳足迹因子', 'Electricity from wind power, carbon-footprint factor', 0.0336, 2023,
              '生态环境部、国家统计局、国家能源局公告2025年第3号（2025年1月）：2023年电力碳足迹因子 / MEE, NBS and NEA announcement 2025 No. 3 (January 2025): 2023 electricity carbon-footprint factors'),
             ('ELEC-CFP-PV', '光伏发电碳足迹因子', 'Electricity from photovoltaics, carbon-footprint factor', 0.0545, 2023,
              '生态环境部、国家统计局、国家能源局公告2025年第3号（2025年1月）：2023年电力碳足迹因子 / MEE, NBS and NEA announcement 2025 No. 3 (January 2025): 2023 electricity carbon-footprint factors'),
             ('ELEC-CFP-BIOMASS', '生物质发电碳足迹因子', 'Electricity from biomass, carbon-footprint factor', 0.0457, 2023,
              '生态环境部、国家统计局、国家能源局公告2025年第3号（2025年1月）：2023年电力碳足迹因子 / MEE, NBS and NEA announcement 2025 No. 3 (January 2025): 2023 electricity carbon-footprint factors'),
             ('ELEC-CFP-AVG', '全国电力平均碳足迹因子', 'Electricity, national average carbon-footprint factor', 0.5777, 2024,
              '生态环境部、国家统计局、国家能源局公告（2025年9月28日）：2024年电力碳足迹因子 / MEE, NBS and NEA announcement of 28 September 2025: 2024 electricity carbon-footprint factors'),
             ('ELEC-CFP-TD', '全国输配电碳足迹因子（含线损）', 'Transmission and distribution, national, including line losses', 0.0327, 2024,
              '生态环境部、国家统计局、国家能源局公告（2025年9月28日）：2024年电力碳足迹因子 / MEE, NBS and NEA announcement of 28 September 2025: 2024 electricity carbon-footprint factors'),
             ('ELEC-CFP-TD-NOLOSS', '全国输配电碳足迹因子（不含线损）', 'Transmission and distribution, national, excluding line losses', 0.0046, 2024,
              '生态环境部、国家统计局、国家能源局公告（2025年9月28日）：2024年电力碳足迹因子 / MEE, NBS and NEA announcement of 28 September 2025: 2024 electricity carbon-footprint factors'))
         as v(code, name_zh, name_en, value, year, source)
where n.code = 'CN-BCF-2026.2';

-- published after 2026.1 (published_at orders releases and is unique)
update factor_release n
set status       = 'PUBLISHED',
    published_at = greatest(now(), (select max(published_at) from factor_release where status = 'PUBLISHED')
                                    + interval '1 second'),
    published_by = 'system',
    reviewed_by  = 'system',
    version      = 1
where n.code = 'CN-BCF-2026.2';
