package cn.batterycarbon.supplier.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which records a record builds on (its upstream), as plain rows. */
@Repository
public class UpstreamLinks {

    private final JdbcClient jdbc;

    UpstreamLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<UUID> upstreamOf(UUID recordId) {
        return jdbc.sql("select upstream_record_id from upstream_link where record_id = ? order by created_at")
                .param(recordId)
                .query(UUID.class)
                .list();
    }

    /** Whether {@code to} can be reached from {@code from} by following upstream links. */
    public boolean reaches(UUID from, UUID to) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        with recursive chain(id) as (
                            select upstream_record_id from upstream_link where record_id = :from
                            union
                            select l.upstream_record_id from upstream_link l join chain c on l.record_id = c.id
                        )
                        select exists (select 1 from chain where id = :to)
                        """)
                .param("from", from)
                .param("to", to)
                .query(Boolean.class)
                .single());
    }

    public boolean exists(UUID recordId, UUID upstreamId) {
        return jdbc.sql("select count(*) from upstream_link where record_id = ? and upstream_record_id = ?")
                        .params(recordId, upstreamId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void link(UUID recordId, UUID upstreamId) {
        jdbc.sql("insert into upstream_link (record_id, upstream_record_id) values (?, ?)")
                .params(recordId, upstreamId)
                .update();
    }

    /** The records that build on {@code upstreamId}. */
    public List<UUID> downstreamOf(UUID upstreamId) {
        return jdbc.sql("select record_id from upstream_link where upstream_record_id = ?")
                .param(upstreamId)
                .query(UUID.class)
                .list();
    }
}
