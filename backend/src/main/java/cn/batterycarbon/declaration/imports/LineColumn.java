package cn.batterycarbon.declaration.imports;

import java.util.Locale;
import java.util.Optional;

/** The columns of the activity-data file; the header row writes them as "中文 / English". */
public enum LineColumn {
    STAGE("阶段", "Stage"),
    CATEGORY("类别", "Category"),
    DESCRIPTION("材料、部件或活动", "Material, component or activity"),
    QUANTITY("数量", "Quantity"),
    UNIT("单位", "Unit"),
    FACTOR_CODE("背景因子代码", "Background factor code"),
    FACTOR_VALUE("企业或供应商因子值", "Specific factor value"),
    FACTOR_UNIT("因子单位", "Factor unit"),
    FACTOR_SOURCE("因子来源", "Factor source"),
    FACTOR_CITATION("因子出处", "Factor citation"),
    RECYCLED_SHARE("再生料比例", "Recycled content share"),
    ORIGIN("产地", "Origin"),
    ELECTRICITY_SUPPLY("电力供应方式", "Electricity supply"),
    CERTIFICATE_IDS("绿证编号", "Certificate ids"),
    TRANSPORT_MODE("运输方式", "Transport mode"),
    DISTANCE_KM("运输距离 km", "Distance km"),
    MASS_KG("运输质量 kg", "Mass transported kg"),
    RECYCLING_ROUTE("回收工艺", "Recycling route");

    private final String zh;
    private final String en;

    LineColumn(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** The bilingual header, e.g. {@code 数量 / Quantity}. */
    public String header() {
        return zh + " / " + en;
    }

    /** The field name in forms and the JSON API, e.g. {@code factorCode}. */
    public String field() {
        StringBuilder field = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                field.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return field.toString();
    }

    /** Reads a header written bilingually, in Chinese only, in English only or as the enum name. */
    public static Optional<LineColumn> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String text = header.strip();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1).strip();
        }
        String lower = text.toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", " / ");
        for (LineColumn column : values()) {
            if (lower.equals(column.header().toLowerCase(Locale.ROOT))
                    || text.equals(column.zh)
                    || lower.equals(column.en.toLowerCase(Locale.ROOT))
                    || lower.equals(column.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }
}
