package cn.batterycarbon.factor.core;

import cn.batterycarbon.factor.GridRegion;
import cn.batterycarbon.factor.Province;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The geography codes factors are published for and the fallback chain a lookup walks: province →
 * its regional grid → national ({@code CN}) → global ({@code GLO}, for values from international
 * sources that are not specific to China).
 */
public final class Geographies {

    public static final String NATIONAL = Province.NATIONAL;
    public static final String GLOBAL = "GLO";

    private static final Map<String, String[]> CHAINS = new HashMap<>();
    private static final List<String> CODES = new ArrayList<>();

    static {
        CHAINS.put(NATIONAL, new String[] {NATIONAL, GLOBAL});
        CHAINS.put(GLOBAL, new String[] {GLOBAL});
        CODES.add(NATIONAL);
        for (GridRegion grid : GridRegion.values()) {
            CHAINS.put(grid.geographyCode(), new String[] {grid.geographyCode(), NATIONAL, GLOBAL});
            CODES.add(grid.geographyCode());
        }
        for (Province province : Province.values()) {
            CHAINS.put(province.geographyCode(), new String[] {
                province.geographyCode(), province.gridRegion().geographyCode(), NATIONAL, GLOBAL
            });
            CODES.add(province.geographyCode());
        }
        CODES.add(GLOBAL);
    }

    private Geographies() {}

    /** Every geography code a factor may carry, national first, then grids, provinces, global. */
    public static List<String> codes() {
        return List.copyOf(CODES);
    }

    public static boolean isKnown(String code) {
        return code != null && CHAINS.containsKey(code);
    }

    /**
     * The geographies a lookup tries, most specific first; null means national. An unknown code has
     * no chain (empty array): a typo must not silently fall back to the national value.
     */
    public static String[] fallbackChain(String code) {
        String[] chain = CHAINS.get(code == null ? NATIONAL : code);
        return chain == null ? new String[0] : chain;
    }

    /**
     * Reads what a user wrote: a geography code in any case, or a province name in Chinese or
     * English ("江苏", "Jiangsu"), or a grid region name ("EAST").
     */
    public static Optional<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.trim().toUpperCase(Locale.ROOT);
        if (CHAINS.containsKey(value)) {
            return Optional.of(value);
        }
        for (GridRegion grid : GridRegion.values()) {
            if (grid.name().equals(value)) {
                return Optional.of(grid.geographyCode());
            }
        }
        return Province.parse(text).map(Province::geographyCode);
    }

    /** Message key naming a geography code for display, e.g. {@code factor.geography.CN-JS}. */
    public static String messageKey(String code) {
        return "factor.geography." + code;
    }
}
