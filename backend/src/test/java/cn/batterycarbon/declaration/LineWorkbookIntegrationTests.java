package cn.batterycarbon.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.batterycarbon.declaration.imports.LineColumn;
import cn.batterycarbon.declaration.imports.LineFiles;
import cn.batterycarbon.footprint.core.LifeCycleStage;
import cn.batterycarbon.organization.application.OrganizationAdministration;
import cn.batterycarbon.platform.security.PlatformUser;
import cn.batterycarbon.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Excel template (issue 17.9): drop-down lists and an example row that uploads as it is, and
 * the template pre-filled with a declaration's lines, which uploads back unchanged; another
 * organization's declaration is 404.
 */
@IntegrationTest
class LineWorkbookIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrganizationAdministration administration;

    @Autowired
    UserDetailsService users;

    @Test
    void theTemplateHasDropDownListsAndAnExampleRow() throws Exception {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        byte[] xlsx = mvc.perform(get("/declarations/template.xlsx").with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet(LineFiles.sheetName(LifeCycleStage.RAW_MATERIAL_EXTRACTION));
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(sheet.getRow(1)
                            .getCell(LineFiles.columns(false).indexOf(LineColumn.CATEGORY))
                            .getStringCellValue())
                    .isEqualTo("MATERIAL");
        }
        LineFiles.ReadResult read = LineFiles.read(xlsx);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(1);
    }

    @Test
    void theTemplatePreFilledWithADeclarationsLinesUploadsBackUnchanged() throws Exception {
        PlatformUser maker = TestManufacturers.register(administration, users).user();
        String declaration = DeclarationFixtures.createDeclaration(mvc, json, maker);
        upload(maker, declaration, WorkedExampleFiles.lfpXlsx());

        byte[] filled = mvc.perform(
                        get("/declarations/{id}/lines.xlsx", declaration).with(user(maker)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        LineFiles.ReadResult read = LineFiles.read(filled);
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).hasSize(18);
        assertThat(json.readTree(upload(maker, declaration, filled))
                        .get("lines")
                        .asInt())
                .isEqualTo(18);

        // another organization's declaration is not found, not forbidden
        PlatformUser other = TestManufacturers.register(administration, users).user();
        mvc.perform(get("/declarations/{id}/lines.xlsx", declaration).with(user(other)))
                .andExpect(status().isNotFound());
    }

    private String upload(PlatformUser maker, String declaration, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/declarations/{id}/upload", declaration)
                        .file(new MockMultipartFile("file", "lines.xlsx", "application/octet-stream", content))
                        .with(user(maker))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
