-- The time zone a user reads times in (IANA name); China Standard Time unless the user chooses another.
alter table user_account add column time_zone varchar(64) not null default 'Asia/Shanghai';
