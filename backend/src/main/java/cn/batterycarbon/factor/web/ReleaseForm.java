package cn.batterycarbon.factor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The new draft release form. */
public class ReleaseForm {

    @NotBlank
    @Pattern(regexp = "^\\s*[A-Za-z0-9][A-Za-z0-9._-]{1,39}\\s*$", message = "{factor.release.code.format}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String titleZh;

    @NotBlank
    @Size(max = 200)
    private String titleEn;

    @Size(max = 4000)
    private String description;

    private boolean copyLatestPublished = true;

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getTitleZh() {
        return titleZh;
    }

    public void setTitleZh(String titleZh) {
        this.titleZh = titleZh;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isCopyLatestPublished() {
        return copyLatestPublished;
    }

    public void setCopyLatestPublished(boolean copyLatestPublished) {
        this.copyLatestPublished = copyLatestPublished;
    }
}
