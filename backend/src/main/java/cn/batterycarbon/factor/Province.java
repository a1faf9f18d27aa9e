package cn.batterycarbon.factor;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Provincial-level divisions of mainland China with the regional grid each belongs to. A plant's
 * province decides which grid factor its electricity uses. Inner Mongolia is split between the
 * North and Northeast grids; its western part (North) carries most of its load and is used here.
 */
public enum Province {
    BEIJING("CN-BJ", "北京", "Beijing", GridRegion.NORTH),
    TIANJIN("CN-TJ", "天津", "Tianjin", GridRegion.NORTH),
    HEBEI("CN-HE", "河北", "Hebei", GridRegion.NORTH),
    SHANXI("CN-SX", "山西", "Shanxi", GridRegion.NORTH),
    SHANDONG("CN-SD", "山东", "Shandong", GridRegion.NORTH),
    INNER_MONGOLIA("CN-NM", "内蒙古", "Inner Mongolia", GridRegion.NORTH),
    LIAONING("CN-LN", "辽宁", "Liaoning", GridRegion.NORTHEAST),
    JILIN("CN-JL", "吉林", "Jilin", GridRegion.NORTHEAST),
    HEILONGJIANG("CN-HL", "黑龙江", "Heilongjiang", GridRegion.NORTHEAST),
    SHANGHAI("CN-SH", "上海", "Shanghai", GridRegion.EAST),
    JIANGSU("CN-JS", "江苏", "Jiangsu", GridRegion.EAST),
    ZHEJIANG("CN-ZJ", "浙江", "Zhejiang", GridRegion.EAST),
    ANHUI("CN-AH", "安徽", "Anhui", GridRegion.EAST),
    FUJIAN("CN-FJ", "福建", "Fujian", GridRegion.EAST),
    HENAN("CN-HA", "河南", "Henan", GridRegion.CENTRAL),
    HUBEI("CN-HB", "湖北", "Hubei", GridRegion.CENTRAL),
    HUNAN("CN-HN", "湖南", "Hunan", GridRegion.CENTRAL),
    JIANGXI("CN-JX", "江西", "Jiangxi", GridRegion.CENTRAL),
    SHAANXI("CN-SN", "陕西", "Shaanxi", GridRegion.NORTHWEST),
    GANSU("CN-GS", "甘肃", "Gansu", GridRegion.NORTHWEST),
    QINGHAI("CN-QH", "青海", "Qinghai", GridRegion.NORTHWEST),
    NINGXIA("CN-NX", "宁夏", "Ningxia", GridRegion.NORTHWEST),
    XINJIANG("CN-XJ", "新疆", "Xinjiang", GridRegion.NORTHWEST),
    GUANGDONG("CN-GD", "广东", "Guangdong", GridRegion.SOUTH),
    GUANGXI("CN-GX", "广西", "Guangxi", GridRegion.SOUTH),
    YUNNAN("CN-YN", "云南", "Yunnan", GridRegion.SOUTH),
    GUIZHOU("CN-GZ", "贵州", "Guizhou", GridRegion.SOUTH),
    HAINAN("CN-HI", "海南", "Hainan", GridRegion.SOUTH),
    SICHUAN("CN-SC", "四川", "Sichuan", GridRegion.SOUTHWEST),
    CHONGQING("CN-CQ", "重庆", "Chongqing", GridRegion.SOUTHWEST),
    TIBET("CN-XZ", "西藏", "Tibet", GridRegion.SOUTHWEST);

    /** Geography code of the whole country in factor tables. */
    public static final String NATIONAL = "CN";

    private final String geographyCode;
    private final String nameZh;
    private final String nameEn;
    private final GridRegion gridRegion;

    Province(String geographyCode, String nameZh, String nameEn, GridRegion gridRegion) {
        this.geographyCode = geographyCode;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.gridRegion = gridRegion;
    }

    /** ISO 3166-2:CN style code used as geography in factor tables, e.g. {@code CN-JS}. */
    public String geographyCode() {
        return geographyCode;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public GridRegion gridRegion() {
        return gridRegion;
    }

    /** Finds a province by enum name, geography code, English or Chinese name, ignoring case. */
    public static Optional<Province> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim();
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(value.replace(' ', '_'))
                        || p.geographyCode.equalsIgnoreCase(value)
                        || p.nameEn.toLowerCase(Locale.ROOT).equals(value.toLowerCase(Locale.ROOT))
                        || p.nameZh.equals(value)
                        || value.startsWith(p.nameZh))
                .findFirst();
    }
}
