/**
 * A deliberately wrong two-module application ({@code shop}, {@code billing}) that the
 * architecture rules must report: billing reaches into shop's repository and controller, which
 * its declared dependencies do not allow, and shop's domain depends on its web layer.
 */
package archfixture;
