package cn.batterycarbon.factor;

import static cn.batterycarbon.factor.FactorTestSupport.SEED_RELEASE;
import static cn.batterycarbon.factor.FactorTestSupport.fixture;
import static cn.batterycarbon.factor.FactorTestSupport.uniqueCode;
import static cn.batterycarbon.factor.FactorTestSupport.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.factor.application.FactorReleaseService;
import cn.batterycarbon.factor.application.FactorReleaseService.ImportReport;
import cn.batterycarbon.factor.application.FactorReleaseService.NewRelease;
import cn.batterycarbon.factor.core.FactorColumn;
import cn.batterycarbon.factor.core.FactorEntry;
import cn.batterycarbon.factor.core.FactorProblem;
import cn.batterycarbon.factor.core.ReleaseDiff;
import cn.batterycarbon.factor.domain.EmissionFactor;
import cn.batterycarbon.factor.domain.FactorRelease;
import cn.batterycarbon.platform.domain.DomainException;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.platform.web.NotFoundException;
import cn.batterycarbon.support.IntegrationTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The factor database on the real PostgreSQL: the seeded first release, the lifecycle, imports that
 * are all or nothing, and published releases that neither the application nor plain SQL can change.
 */
@IntegrationTest
class FactorDatabaseIntegrationTests {

    @Autowired
    FactorReleaseService releases;

    @Autowired
    FactorCatalog catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void theFirstReleaseIsSeededPublishedWithCitedFactors() {
        FactorTable table = catalog.publishedRelease(SEED_RELEASE);
        assertThat(table.find("ELEC-GRID", "CN", 2022).orElseThrow().value()).isEqualByComparingTo("0.5366");
        assertThat(table.find("ELEC-GRID-RESIDUAL", "CN", 2022).orElseThrow().value())
                .isEqualByComparingTo("0.5856");
        assertThat(table.find("ELEC-GRID-RESIDUAL", "CN", 2023).orElseThrow().value())
                .isEqualByComparingTo("0.6096");
        assertThat(table.find("ELEC-GRID", "CN-GRID-SOUTHWEST", 2023)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("0.2472");
        // Jiangsu has no provincial value seeded: the East China grid is used
        ResolvedFactor jiangsu = table.find("ELEC-GRID", "CN-JS", 2023).orElseThrow();
        assertThat(jiangsu.geography()).isEqualTo("CN-GRID-EAST");
        assertThat(jiangsu.value()).isEqualByComparingTo("0.5500");
        assertThat(table.find("ELEC-GRID", "CN-YN", 2022).orElseThrow().value()).isEqualByComparingTo("0.1073");
        assertThat(table.find("ELEC-GREEN", "CN-JS", 2023).orElseThrow().value())
                .isEqualByComparingTo("0");
        assertThat(table.find("NG-COMBUSTION").orElseThrow().unit()).isEqualTo("kgCO2e/GJ");
        assertThat(catalog.publishedRelease(SEED_RELEASE)).isSameAs(table);

        Integer withoutSource = jdbc.queryForObject(
                "select count(*) from emission_factor f join factor_release r on r.id = f.release_id"
                        + " where r.code = ? and (trim(f.source_citation) = '' or f.source_citation is null)",
                Integer.class,
                SEED_RELEASE);
        assertThat(withoutSource).isZero();
        assertThat(jdbc.queryForObject("select status from factor_release where code = ?", String.class, SEED_RELEASE))
                .isEqualTo("PUBLISHED");
    }

    @Test
    void aPublishedReleaseCannotBeChangedWithPlainSql() {
        String release = "(select id from factor_release where code = '" + SEED_RELEASE + "')";
        List<String> statements = List.of(
                "update emission_factor set value = 0.1 where release_id = " + release,
                "update emission_factor set note = note where release_id = " + release,
                "delete from emission_factor where release_id = " + release,
                "insert into emission_factor (id, created_at, updated_at, release_id, code, category, name_zh,"
                        + " name_en, value, unit, geography, reference_year, source_citation) values"
                        + " (gen_random_uuid(), now(), now(), " + release + ", 'SNEAKY', 'RAW_MATERIAL', 'x', 'x',"
                        + " 1, 'kgCO2e/kg', 'CN', 2024, 'x')",
                "update factor_release set title_en = 'changed' where code = '" + SEED_RELEASE + "'",
                "update factor_release set status = 'DRAFT', published_at = null where code = '" + SEED_RELEASE + "'",
                "delete from factor_release where code = '" + SEED_RELEASE + "'",
                "insert into factor_review_comment (id, created_at, updated_at, release_id, kind, author_name, body)"
                        + " values (gen_random_uuid(), now(), now(), " + release + ", 'COMMENT', 'x', 'late')",
                "truncate emission_factor cascade");
        for (String sql : statements) {
            assertThatThrownBy(() -> jdbc.execute(sql))
                    .as(sql)
                    .isInstanceOf(DataAccessException.class)
                    .hasMessageContaining("refused");
        }
        assertThat(catalog.publishedRelease(SEED_RELEASE)
                        .find("ELEC-GRID", "CN", 2022)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("0.5366");
        assertThat(jdbc.queryForObject("select count(*) from emission_factor where code = 'SNEAKY'", Integer.class))
                .isZero();
    }

    @Test
    void aPublishedReleaseCannotBeChangedThroughTheApplication() {
        PlatformUser steward = user(users, "steward");
        PlatformUser expert = user(users, "expert");
        FactorEntry entry =
                releases.factors(releases.release(SEED_RELEASE, steward)).get(0).entry();
        assertThatThrownBy(() -> releases.addFactor(SEED_RELEASE, entry, steward))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.published");
        assertThatThrownBy(() -> releases.importFile(SEED_RELEASE, fixture("draft-import.csv"), steward))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> releases.comment(SEED_RELEASE, null, "late remark", expert))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> releases.approve(SEED_RELEASE, null, expert)).isInstanceOf(DomainException.class);
    }

    @Test
    void draftImportReviewAndPublication() {
        PlatformUser steward = user(users, "steward");
        PlatformUser expert = user(users, "expert");
        String code = uniqueCode("IT-PUB");
        FactorRelease draft = releases.createDraft(new NewRelease(code, "测试版本", "Test release", null, true), steward);
        long copied = releases.factors(draft).size();
        assertThat(copied).isGreaterThanOrEqualTo(43);

        String tag = code.substring(code.lastIndexOf('-') + 1);
        ImportReport report =
                releases.importFile(code, FactorTestSupport.taggedFixture("draft-import.csv", tag), steward);
        assertThat(report.added()).isEqualTo(3);
        EmissionFactor graphite = releases.factors(draft).stream()
                .filter(f -> f.getCode().equals("TEST-" + tag + "-ANODE-GRAPHITE"))
                .findFirst()
                .orElseThrow();
        // tCO2e/t was converted by the units library to kgCO2e/t
        assertThat(graphite.getUnit()).isEqualTo("kgCO2e/t");
        assertThat(graphite.getValue()).isEqualByComparingTo("6100");

        // a reviewer cannot approve a draft; a steward cannot approve at all
        assertThatThrownBy(() -> releases.approve(code, null, expert)).isInstanceOf(DomainException.class);
        releases.submitForReview(code, steward);
        assertThatThrownBy(() -> releases.addFactor(code, graphite.entry(), steward))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("factor.release.notEditable");
        assertThatThrownBy(() -> releases.approve(code, null, steward)).isInstanceOf(DomainException.class);
        releases.comment(code, graphite.getId(), "Please cite the table.", expert);
        FactorRelease published = releases.approve(code, "Checked against the sources.", expert);

        assertThat(published.isPublished()).isTrue();
        assertThat(catalog.publishedRelease(code)
                        .find("TEST-" + tag + "-CATHODE-LFP")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("12.5");
        assertThat(releases.comments(published)).hasSize(2);
        ReleaseDiff.Summary changes = releases.changes(published);
        assertThat(changes.changes())
                .filteredOn(c -> c.kind() == ReleaseDiff.Kind.ADDED)
                .extracting(c -> c.key().code())
                .contains(
                        "TEST-" + tag + "-CATHODE-LFP",
                        "TEST-" + tag + "-ANODE-GRAPHITE",
                        "TEST-" + tag + "-RECYCLING-HYDRO");
        assertThat(changes.removed()).isZero();

        // a correction comes as a new release, whose changes show the relative change
        String next = uniqueCode("IT-NEXT");
        FactorRelease correction = releases.createDraft(new NewRelease(next, "更正", "Correction", null, true), steward);
        EmissionFactor lfp = releases.factors(correction).stream()
                .filter(f -> f.getCode().equals("TEST-" + tag + "-CATHODE-LFP"))
                .findFirst()
                .orElseThrow();
        FactorEntry old = lfp.entry();
        releases.updateFactor(
                next,
                lfp.getId(),
                new FactorEntry(
                        old.code(),
                        old.category(),
                        old.nameZh(),
                        old.nameEn(),
                        new BigDecimal("10"),
                        old.unit(),
                        old.geography(),
                        old.year(),
                        old.sourceCitation(),
                        old.sourceUrl(),
                        old.pedigree(),
                        old.uncertainty(),
                        old.note()),
                steward);
        ReleaseDiff.Change change = releases.changes(correction).changes().stream()
                .filter(c -> c.key().code().equals("TEST-" + tag + "-CATHODE-LFP"))
                .findFirst()
                .orElseThrow();
        assertThat(change.kind()).isEqualTo(ReleaseDiff.Kind.CHANGED);
        assertThat(change.relativeChange()).isEqualByComparingTo("-0.2");
        assertThat(releases.previous(correction).orElseThrow().getCode()).isEqualTo(code);

        // a retired factor counts as removed and is left out of the in-memory table once published
        EmissionFactor graphiteCopy = releases.factors(correction).stream()
                .filter(f -> f.getCode().equals("TEST-" + tag + "-ANODE-GRAPHITE"))
                .findFirst()
                .orElseThrow();
        releases.retireFactor(next, graphiteCopy.getId(), steward);
        assertThat(releases.changes(correction).changes())
                .filteredOn(c -> c.kind() == ReleaseDiff.Kind.REMOVED)
                .extracting(c -> c.key().code())
                .containsExactly("TEST-" + tag + "-ANODE-GRAPHITE");
        releases.submitForReview(next, steward);
        releases.approve(next, null, expert);
        assertThat(catalog.publishedRelease(next).find("TEST-" + tag + "-ANODE-GRAPHITE"))
                .isEmpty();
        assertThat(catalog.publishedRelease(next)
                        .find("TEST-" + tag + "-CATHODE-LFP")
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("10");
    }

    @Test
    void anImportWithAnyBadRowChangesNothingAndNamesRowColumnAndProblem() {
        PlatformUser steward = user(users, "steward");
        String code = uniqueCode("IT-BAD");
        FactorRelease draft = releases.createDraft(new NewRelease(code, "坏文件", "Bad files", null, false), steward);

        FactorImportException refused = org.junit.jupiter.api.Assertions.assertThrows(
                FactorImportException.class, () -> releases.importFile(code, fixture("bad-import.csv"), steward));
        assertThat(refused.problems())
                .extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly(
                        "3:UNIT:unit.factor.unknown",
                        "4:VALUE:number.notFinite",
                        "5:VALUE:factor.problem.negative",
                        "6:CODE:factor.problem.duplicateRow",
                        "7:SOURCE:factor.problem.source");
        assertThat(releases.factors(draft)).isEmpty();

        byte[] utf16 =
                new String(fixture("draft-import.csv"), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                FactorImportException.class, () -> releases.importFile(code, utf16, steward))
                        .problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.encoding");

        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(
                                FactorImportException.class, () -> releases.importFile(code, fiftyMegabytes, steward))
                        .problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("file.tooLarge");
        assertThat(releases.factors(draft)).isEmpty();

        // the same rows saved by Chinese Excel (GB18030) are accepted
        assertThat(releases.importFile(code, fixture("draft-import-gb18030.csv"), steward)
                        .added())
                .isEqualTo(3);
        assertThat(releases.factors(draft))
                .extracting(EmissionFactor::getNameZh)
                .contains("测试用磷酸铁锂正极材料");
    }

    @Test
    void aCodeKeepsOneUnitAndEachKeyIsUniqueInARelease() {
        PlatformUser steward = user(users, "steward");
        String code = uniqueCode("IT-KEY");
        releases.createDraft(new NewRelease(code, "键", "Keys", null, false), steward);
        releases.importFile(code, fixture("draft-import.csv"), steward);
        String sameCodeOtherUnit = "code,category,name_zh,name_en,value,unit,geography,year,source\n"
                + "TEST-CATHODE-LFP,RAW_MATERIAL,x,x,12,kgCO2e/kWh,CN-JS,2024,Test fixture\n";
        FactorImportException e = org.junit.jupiter.api.Assertions.assertThrows(
                FactorImportException.class,
                () -> releases.importFile(code, sameCodeOtherUnit.getBytes(StandardCharsets.UTF_8), steward));
        assertThat(e.problems())
                .extracting(FactorProblem::column, FactorProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FactorColumn.UNIT, "factor.problem.unitMismatch"));

        FactorRelease release = releases.release(code, steward);
        FactorEntry existing = releases.factors(release).get(0).entry();
        FactorImportException duplicate = org.junit.jupiter.api.Assertions.assertThrows(
                FactorImportException.class, () -> releases.addFactor(code, existing, steward));
        assertThat(duplicate.problems())
                .extracting(FactorProblem::messageKey)
                .containsExactly("factor.problem.duplicateInRelease");
    }

    @Test
    void anXlsxExportImportsBackIntoANewDraftUnchanged() {
        PlatformUser steward = user(users, "steward");
        FactorRelease seed = releases.release(SEED_RELEASE, steward);
        byte[] xlsx = releases.export(seed, cn.batterycarbon.factor.core.FactorFiles.Format.XLSX);
        String code = uniqueCode("IT-XLSX");
        FactorRelease draft = releases.createDraft(new NewRelease(code, "往返", "Round trip", null, false), steward);
        ImportReport report = releases.importFile(code, xlsx, steward);
        assertThat(report.added()).isEqualTo(releases.factors(seed).size());
        List<FactorEntry> before =
                releases.factors(seed).stream().map(EmissionFactor::entry).toList();
        List<FactorEntry> after =
                releases.factors(draft).stream().map(EmissionFactor::entry).toList();
        ReleaseDiff.Summary diff = ReleaseDiff.between(before, after);
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.unchanged()).isEqualTo(before.size());
    }

    @Test
    void draftsAreInvisibleOutsideTheirInstitute() {
        PlatformUser steward = user(users, "steward");
        String code = uniqueCode("IT-PRIV");
        releases.createDraft(new NewRelease(code, "私有", "Private", null, false), steward);
        assertThat(releases.release(code, user(users, "expert")).getCode()).isEqualTo(code);
        assertThatThrownBy(() -> releases.release(code, user(users, "maker"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> releases.release(code, FactorTestSupport.otherInstituteSteward()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.publishedRelease(code)).isInstanceOf(NotFoundException.class);
        assertThat(releases.visibleReleases(user(users, "maker")))
                .extracting(FactorRelease::getCode)
                .doesNotContain(code)
                .contains(SEED_RELEASE);
    }

    @Test
    void theFootprintFamilyIsServedWithItsSourcesInANewReleaseWhileTheFirstStaysUnchanged() throws Exception {
        FactorTable footprint = catalog.publishedRelease("CN-BCF-2026.2");
        ResolvedFactor average = footprint.find("ELEC-CFP-AVG", "CN-JS", null).orElseThrow();
        assertThat(average.value()).isEqualByComparingTo("0.5777");
        assertThat(average.year()).isEqualTo(2024);
        assertThat(average.geography()).isEqualTo("CN");
        assertThat(average.family()).isEqualTo(FactorFamily.CN_ELECTRICITY_FOOTPRINT);
        assertThat(average.source()).contains("2025年9月28日");
        assertThat(footprint.find("ELEC-CFP-AVG", "CN", 2023).orElseThrow().value())
                .isEqualByComparingTo("0.6205");
        assertThat(footprint.find("ELEC-CFP-WIND", "CN", 2023).orElseThrow().value())
                .isEqualByComparingTo("0.0336");
        assertThat(footprint.find("ELEC-CFP-PV", "CN", 2023).orElseThrow().source())
                .contains("2025年第3号");
        assertThat(footprint.find("ELEC-CFP-BIOMASS", "CN", 2023).orElseThrow().value())
                .isEqualByComparingTo("0.0457");
        assertThat(footprint.find("ELEC-CFP-TD", "CN", 2024).orElseThrow().value())
                .isEqualByComparingTo("0.0327");
        assertThat(footprint
                        .find("ELEC-CFP-TD-NOLOSS", "CN", 2024)
                        .orElseThrow()
                        .value())
                .isEqualByComparingTo("0.0046");
        // the CO2 family is carried over unchanged, and stays the CO2 family
        ResolvedFactor grid = footprint.find("ELEC-GRID", "CN-JS", 2023).orElseThrow();
        assertThat(grid.value()).isEqualByComparingTo("0.5500");
        assertThat(grid.family()).isEqualTo(FactorFamily.CN_ELECTRICITY_CO2);
        // the first release is unchanged: history stays true for declarations pinned to it
        assertThat(catalog.publishedRelease(SEED_RELEASE).find("ELEC-CFP-AVG", "CN", null))
                .isEmpty();
        Integer carried = jdbc.queryForObject(
                "select count(*) from emission_factor f join factor_release r on r.id = f.release_id where r.code = ?"
                        + " and f.code not like 'ELEC-CFP-%'",
                Integer.class, "CN-BCF-2026.2");
        Integer first = jdbc.queryForObject(
                "select count(*) from emission_factor f join factor_release r on r.id = f.release_id where r.code = ?"
                        + " and not f.retired",
                Integer.class,
                SEED_RELEASE);
        assertThat(carried).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "select status from factor_release where code = ?", String.class, "CN-BCF-2026.2"))
                .isEqualTo("PUBLISHED");
    }
}
