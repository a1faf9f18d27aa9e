-- Declarants besides pack manufacturers: importers of traction batteries and vehicle makers that
-- assemble their own packs (both get the manufacturer's workspace, Role.MANUFACTURER).
alter table organization drop constraint if exists organization_type_check;
alter table organization add constraint organization_type_check
    check (type in ('BATTERY_MANUFACTURER', 'BATTERY_IMPORTER', 'VEHICLE_MAKER', 'SUPPLIER', 'VERIFICATION_AGENCY',
                    'REGULATOR', 'RESEARCH_INSTITUTE', 'PLATFORM_OPERATOR'));

-- The standard (and edition) of the cycle-life test behind measured cycles, e.g. GB/T 31484-2015;
-- the measured-cycles functional unit needs it.
alter table battery_model add column cycle_test_basis varchar(40);
