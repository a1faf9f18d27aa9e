package cn.batterycarbon.platform.web;

import java.util.List;

/**
 * Every change through the API names the version it read — in the body ({@code "version": 3}) or
 * as {@code If-Match: "3"} — so that of two parallel writers the second gets 409 instead of
 * silently overwriting the first (the pages carry the version in a hidden field already).
 */
public final class ExpectedVersion {

    private ExpectedVersion() {}

    /** The version the caller read; 400 naming the field {@code version} when neither form is given. */
    public static long required(Long bodyVersion, String ifMatch) {
        if (bodyVersion != null) {
            return bodyVersion;
        }
        if (ifMatch != null) {
            String tag = ifMatch.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            tag = tag.replace("\"", "").trim();
            try {
                return Long.parseLong(tag);
            } catch (NumberFormatException e) {
                // fall through to the refusal
            }
        }
        throw new FieldErrorsException(
                List.of(new FieldErrorsException.FieldError("version", "request.error.version-required")));
    }
}
