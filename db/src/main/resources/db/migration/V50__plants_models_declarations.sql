-- Plants and battery models (product module), declarations with their activity lines and the
-- stored calculation result (declaration module). Every row belongs to one organization.

create table plant (
    id              uuid primary key,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(100),
    updated_at      timestamptz  not null,
    updated_by      varchar(100),
    organization_id uuid         not null references organization (id),
    name            varchar(200) not null,
    address         varchar(300) not null,
    province        varchar(40)  not null
);
create index plant_organization_idx on plant (organization_id);

create table battery_model (
    id                   uuid primary key,
    version              bigint        not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(100),
    updated_at           timestamptz   not null,
    updated_by           varchar(100),
    organization_id      uuid          not null references organization (id),
    model_code           varchar(80)   not null,
    name                 varchar(200)  not null,
    chemistry            varchar(20)   not null,
    format               varchar(10)   not null check (format in ('CELL', 'MODULE', 'PACK')),
    rated_energy_kwh     numeric(14, 4) not null check (rated_energy_kwh > 0),
    usable_energy_kwh    numeric(14, 4) not null check (usable_energy_kwh > 0),
    nominal_voltage_v    numeric(10, 2) not null check (nominal_voltage_v > 0),
    capacity_ah          numeric(12, 3) not null check (capacity_ah > 0),
    mass_kg              numeric(12, 3) not null check (mass_kg > 0),
    vehicle_category     varchar(4)    not null,
    warranty_years       numeric(6, 2) not null check (warranty_years > 0),
    warranty_km          integer       check (warranty_km > 0),
    measured_cycles      numeric(10, 1) check (measured_cycles > 0),
    depth_of_discharge   numeric(5, 4) check (depth_of_discharge > 0 and depth_of_discharge <= 1),
    unique (organization_id, model_code)
);

create table declaration (
    id                       uuid primary key,
    version                  bigint       not null default 0,
    created_at               timestamptz  not null,
    created_by               varchar(100),
    updated_at               timestamptz  not null,
    updated_by               varchar(100),
    organization_id          uuid         not null references organization (id),
    battery_model_id         uuid         not null references battery_model (id),
    plant_id                 uuid         not null references plant (id),
    period_start             date         not null,
    period_end               date         not null,
    production_volume        integer      not null check (production_volume > 0),
    functional_unit_method   varchar(20)  not null check (functional_unit_method in ('EU_FEQC', 'MEASURED_CYCLES')),
    electricity_rule         varchar(20)  not null check (electricity_rule in ('LOCATION_BASED', 'MARKET_BASED_CN', 'EU_DRAFT_DA')),
    factor_release_code      varchar(40)  not null,
    status                   varchar(12)  not null check (status in ('DRAFT', 'CALCULATED', 'SUBMITTED')),
    result_json              text,
    calculated_at            timestamptz,
    check (period_end >= period_start)
);
create index declaration_organization_idx on declaration (organization_id);

-- Activity lines are written in bulk (JDBC batches), so no audit columns per line.
create table activity_line (
    id                 uuid primary key,
    declaration_id     uuid          not null references declaration (id) on delete cascade,
    stage              varchar(30)   not null,
    position           integer       not null,
    category           varchar(30)   not null,
    description        varchar(300)  not null,
    quantity           numeric not null check (quantity >= 0),
    unit               varchar(20)   not null,
    factor_code        varchar(80),
    factor_value       numeric,
    factor_unit        varchar(40),
    factor_source      varchar(20),
    factor_citation    varchar(300),
    recycled_share     numeric(5, 4) check (recycled_share >= 0 and recycled_share <= 1),
    origin             varchar(80),
    electricity_supply varchar(20),
    certificate_ids    varchar(1000),
    transport_mode     varchar(20),
    distance_km        numeric,
    mass_kg            numeric,
    recycling_route    varchar(20),
    recycling_credit   boolean       not null default false,
    check ((factor_code is null) <> (factor_value is null) or (factor_code is null and factor_value is null))
);
create index activity_line_declaration_idx on activity_line (declaration_id, stage, position);
