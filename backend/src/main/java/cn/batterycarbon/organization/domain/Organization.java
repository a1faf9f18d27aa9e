package cn.batterycarbon.organization.domain;

import cn.batterycarbon.platform.persistence.AuditedEntity;
import cn.batterycarbon.platform.security.OrganizationType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A company or public body taking part in the declaration system; the unit of tenant isolation. */
@Entity
@Table(name = "organization")
public class Organization extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganizationType type;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Convert(converter = CreditCodeConverter.class)
    @Column(name = "credit_code", nullable = false, unique = true)
    private UnifiedSocialCreditCode creditCode;

    @Column(nullable = false)
    private String address;

    @Column(name = "contact_name", nullable = false)
    private String contactName;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email", nullable = false)
    private String contactEmail;

    protected Organization() {}

    public Organization(OrganizationType type, UnifiedSocialCreditCode creditCode, OrganizationDetails details) {
        this.type = type;
        this.creditCode = creditCode;
        update(details);
    }

    /** Everything about an organization that can change after registration. */
    public record OrganizationDetails(
            String nameZh,
            String nameEn,
            String address,
            String contactName,
            String contactPhone,
            String contactEmail) {}

    public void update(OrganizationDetails details) {
        this.nameZh = details.nameZh().trim();
        this.nameEn = details.nameEn().trim();
        this.address = details.address().trim();
        this.contactName = details.contactName().trim();
        this.contactPhone =
                details.contactPhone() == null ? null : details.contactPhone().trim();
        this.contactEmail = details.contactEmail().trim();
    }

    public OrganizationType getType() {
        return type;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public UnifiedSocialCreditCode getCreditCode() {
        return creditCode;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public OrganizationDetails details() {
        return new OrganizationDetails(nameZh, nameEn, address, contactName, contactPhone, contactEmail);
    }

    @Converter
    static class CreditCodeConverter
            implements jakarta.persistence.AttributeConverter<UnifiedSocialCreditCode, String> {

        @Override
        public String convertToDatabaseColumn(UnifiedSocialCreditCode code) {
            return code == null ? null : code.value();
        }

        @Override
        public UnifiedSocialCreditCode convertToEntityAttribute(String value) {
            return value == null ? null : new UnifiedSocialCreditCode(value);
        }
    }
}
