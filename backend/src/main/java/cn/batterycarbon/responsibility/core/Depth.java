package cn.batterycarbon.responsibility.core;

/**
 * How many layers of industries take responsibility: 1 is the paper's Scenario I (no allocation),
 * 2 Scenario II, 3 Scenario III, any finite N, or {@link #INFINITE} (propagation to convergence).
 */
public record Depth(int layers) {

    public static final Depth INFINITE = new Depth(Integer.MAX_VALUE);

    /**
     * The deepest finite depth: far beyond where the layers converge (a handful), and small enough
     * that a request cannot make the allocation run out of memory. Deeper means {@link #INFINITE}.
     */
    public static final int MAX_FINITE_LAYERS = 100;

    public Depth {
        if (layers < 1) {
            throw new IoTableException("responsibility.depth.invalid", layers);
        }
        if (layers > MAX_FINITE_LAYERS && layers != Integer.MAX_VALUE) {
            throw new IoTableException("responsibility.depth.tooDeep", String.valueOf(layers), MAX_FINITE_LAYERS);
        }
    }

    public static Depth of(int layers) {
        return new Depth(layers);
    }

    public boolean isInfinite() {
        return layers == Integer.MAX_VALUE;
    }

    /** {@code "INFINITE"} or the number of layers, as the API spells it. */
    public String label() {
        return isInfinite() ? "INFINITE" : Integer.toString(layers);
    }

    public static Depth parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IoTableException("responsibility.depth.invalid", text);
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("INFINITE") || t.equals("∞")) {
            return INFINITE;
        }
        try {
            return new Depth(Integer.parseInt(t));
        } catch (NumberFormatException e) {
            if (t.matches("[0-9]+")) {
                throw new IoTableException("responsibility.depth.tooDeep", t, MAX_FINITE_LAYERS);
            }
            throw new IoTableException("responsibility.depth.invalid", text);
        }
    }
}
