package cn.batterycarbon.responsibility.core;

/** A row/column of an input-output table: its code and its names in Chinese and English. */
public record Sector(String code, String nameZh, String nameEn) {

    public Sector {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("sector code is blank");
        }
        nameZh = nameZh == null ? "" : nameZh;
        nameEn = nameEn == null ? "" : nameEn;
    }

    /** The name in the requested language, falling back to the other language and the code. */
    public String name(boolean english) {
        String preferred = english ? nameEn : nameZh;
        String other = english ? nameZh : nameEn;
        return !preferred.isBlank() ? preferred : !other.isBlank() ? other : code;
    }
}
