-- The electricity rule set FOOTPRINT_CN (official electricity carbon-footprint factors) may be chosen
-- by a declaration; the rule table itself lives in footprint.core.ElectricityRuleSets.
alter table declaration drop constraint if exists declaration_electricity_rule_check;
alter table declaration add constraint declaration_electricity_rule_check
    check (electricity_rule in ('FOOTPRINT_CN', 'LOCATION_BASED', 'MARKET_BASED_CN', 'EU_DRAFT_DA'));
