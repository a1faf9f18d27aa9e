-- Input-output tables for supply-chain carbon responsibility allocation, owned by the importing
-- user's organization, and the allocation runs saved with their parameters.
--
-- A table is imported once and never edited (a split creates a new table), and a run always needs
-- the whole table in memory. So each sector is ONE row carrying its sales row of the intermediate
-- matrix in compressed sparse form (two parallel arrays: customer positions and values, zeros left
-- out), its final-demand columns and value-added components: a 153-sector table is 153 rows read
-- with one query, instead of up to 23,409 matrix-entry rows to join and reassemble.

create table io_table (
    id              uuid primary key,
    version         bigint       not null default 0,
    created_at      timestamptz  not null,
    created_by      varchar(100),
    updated_at      timestamptz  not null,
    updated_by      varchar(100),
    organization_id uuid         not null references organization (id),
    name            varchar(200) not null,
    source_filename varchar(255),
    layout          varchar(20)  not null check (layout in ('NBS_COMPETITIVE', 'GENERIC', 'SPLIT')),
    money_unit      varchar(40)  not null,
    sector_count    integer      not null check (sector_count > 0),
    derived_from    uuid references io_table (id) on delete set null,
    split_note      varchar(500)
);
create index io_table_organization_idx on io_table (organization_id);

create table io_sector (
    table_id      uuid             not null references io_table (id) on delete cascade,
    position      integer          not null check (position >= 0),
    code          varchar(40)      not null,
    name_zh       varchar(300)     not null,
    name_en       varchar(300)     not null,
    -- row of the intermediate matrix: positions of the customers and the sales to them
    sales_columns integer[]        not null,
    sales_values  double precision[] not null,
    -- final demand by category: rural, urban, government, GFCF, inventory change, exports,
    -- imports (negative), other
    final_demand  double precision[] not null check (cardinality(final_demand) = 8),
    -- value added: compensation, net taxes, depreciation, operating surplus
    value_added   double precision[] not null check (cardinality(value_added) = 4),
    gross_output  double precision not null,
    -- aggregation for reporting (e.g. the paper's 40 industries and stages I-III); null = own row
    industry      varchar(200),
    stage         smallint check (stage between 1 and 3),
    primary key (table_id, position),
    unique (table_id, code),
    check (cardinality(sales_columns) = cardinality(sales_values))
);

create table responsibility_run (
    id                 uuid primary key,
    version            bigint           not null default 0,
    created_at         timestamptz      not null,
    created_by         varchar(100),
    updated_at         timestamptz      not null,
    updated_by         varchar(100),
    organization_id    uuid             not null references organization (id),
    table_id           uuid             not null references io_table (id) on delete cascade,
    label              varchar(200),
    focus_sector       varchar(40)      not null,
    direct_emissions   double precision not null,
    upstream_emissions double precision not null,
    gamma              double precision not null check (gamma between 0 and 1),
    rule               varchar(20)      not null check (rule in ('VALUE_ADDED', 'PROFIT', 'CUSTOM')),
    -- CUSTOM only: one "code=ratio" per line
    custom_ratios      text,
    -- number of layers; null = INFINITE (propagation to convergence)
    depth              integer check (depth >= 1),
    total              double precision not null,
    focus_share        double precision not null,
    final_demand_total double precision not null
);
create index responsibility_run_organization_idx on responsibility_run (organization_id, created_at desc);
create index responsibility_run_table_idx on responsibility_run (table_id);
