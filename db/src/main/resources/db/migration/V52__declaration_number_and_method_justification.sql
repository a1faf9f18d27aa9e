-- A readable declaration number (申报编号), e.g. BCF-2026-000123: assigned once at creation from a
-- sequence (never reused, also after a draft is deleted), unique, shown in lists, comparisons,
-- exports and certificates. The year is the creation year in China Standard Time.
create sequence declaration_number_seq start with 1;

alter table declaration add column number varchar(20);
update declaration d set number = numbered.number
  from (select id,
               'BCF-' || extract(year from created_at at time zone 'Asia/Shanghai')::int || '-'
                   || lpad(nextval('declaration_number_seq')::text, 6, '0') as number
          from (select id, created_at from declaration order by created_at, id) ordered) numbered
 where d.id = numbered.id;
alter table declaration alter column number set not null;
alter table declaration add constraint declaration_number_unique unique (number);
alter table declaration add constraint declaration_number_format check (number ~ '^BCF-[0-9]{4}-[0-9]{6,}$');

-- Why the declarant chose the functional-unit method (EU FEQC or measured cycles): the two methods
-- can put the same pack in different classes, so the choice is justified and travels with the
-- declaration (and with each calculation record's inputs). Required before submission.
alter table declaration add column functional_unit_justification varchar(2000);
