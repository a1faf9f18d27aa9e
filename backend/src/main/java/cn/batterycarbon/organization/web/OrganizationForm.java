package cn.batterycarbon.organization.web;

import cn.batterycarbon.organization.domain.Organization;
import cn.batterycarbon.organization.domain.Organization.OrganizationDetails;
import cn.batterycarbon.platform.security.OrganizationType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The organization registration and edit form. */
public class OrganizationForm {

    /**
     * Checks only made when an organization is registered: type and credit code identify it and are
     * not part of the edit form (requiring them there refused every browser edit without a word).
     */
    public interface Registration {}

    @NotNull(groups = Registration.class)
    private OrganizationType type;

    @NotBlank(groups = Registration.class)
    @Pattern(
            regexp = "^\\s*[0-9A-Za-z]{18}\\s*$",
            message = "{organization.creditCode.format}",
            groups = Registration.class)
    private String creditCode;

    @NotBlank
    @Size(max = 200)
    private String nameZh;

    @NotBlank
    @Size(max = 200)
    private String nameEn;

    @NotBlank
    @Size(max = 300)
    private String address;

    @NotBlank
    @Size(max = 100)
    private String contactName;

    @Size(max = 40)
    @Pattern(regexp = "^[0-9+()\\- ]*$", message = "{organization.contactPhone.format}")
    private String contactPhone;

    @NotBlank
    @Email
    @Size(max = 200)
    private String contactEmail;

    private long version;

    static OrganizationForm of(Organization organization) {
        OrganizationForm form = new OrganizationForm();
        form.type = organization.getType();
        form.creditCode = organization.getCreditCode().value();
        form.nameZh = organization.getNameZh();
        form.nameEn = organization.getNameEn();
        form.address = organization.getAddress();
        form.contactName = organization.getContactName();
        form.contactPhone = organization.getContactPhone();
        form.contactEmail = organization.getContactEmail();
        form.version = organization.getVersion();
        return form;
    }

    OrganizationDetails details() {
        return new OrganizationDetails(nameZh, nameEn, address, contactName, contactPhone, contactEmail);
    }

    public OrganizationType getType() {
        return type;
    }

    public void setType(OrganizationType type) {
        this.type = type;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
