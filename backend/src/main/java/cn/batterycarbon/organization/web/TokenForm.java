package cn.batterycarbon.organization.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new personal API token: a name to recognise it by and how many days it stays valid. */
public class TokenForm {

    @NotBlank
    @Size(max = 100)
    private String name;

    @Min(1)
    @Max(365)
    private int validDays = 90;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getValidDays() {
        return validDays;
    }

    public void setValidDays(int validDays) {
        this.validDays = validDays;
    }
}
