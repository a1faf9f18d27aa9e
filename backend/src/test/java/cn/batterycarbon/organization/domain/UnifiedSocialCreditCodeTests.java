package cn.batterycarbon.organization.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.batterycarbon.platform.domain.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91320500MA1NCDL0X2", "11100000000013338W", "12100000400007555G", "91110108MA01HHTW35"})
    void acceptsCodesWithTheRightCheckCharacter(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
        assertThat(UnifiedSocialCreditCode.of(" " + code.toLowerCase() + " ").value())
                .isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91320500MA1NCDL0X3",
                "91320500MA1NCDL0X",
                "91320500MA1NCDL0X22",
                "91320500MA1NCDLOX2",
                "9132050OMA1NCDL0X2"
            })
    void rejectsWrongCheckCharactersLengthsAndLettersThatAreNeverUsed(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
        assertThatThrownBy(() -> UnifiedSocialCreditCode.of(code))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("organization.creditCode.invalid");
    }

    @Test
    void aCheckValueOfZeroIsWrittenAsTheDigitZero() {
        // weighted sum ≡ 0 (mod 31) gives 31 - 0 = 31, which the standard writes as '0'
        assertThat(UnifiedSocialCreditCode.isValid("000000000000000000")).isTrue();
    }
}
