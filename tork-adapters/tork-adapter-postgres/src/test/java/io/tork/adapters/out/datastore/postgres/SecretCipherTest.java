package io.tork.adapters.out.datastore.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tork.application.port.out.StoreException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTest {
    private final SecretCipher cipher = new SecretCipher("correct horse battery staple");

    @Test
    void aValueComesBackAsItWasEncrypted() {
        String stored = cipher.encrypt("p@ss wörd");

        assertThat(stored).startsWith("enc:").doesNotContain("p@ss");
        assertThat(cipher.decrypt(stored)).isEqualTo("p@ss wörd");
    }

    @Test
    void theSameValueEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt("same")).isNotEqualTo(cipher.encrypt("same"));
    }

    @Test
    void theStoredFormIsNonceThenCiphertextWithTag() {
        byte[] raw = Base64.getDecoder().decode(cipher.encrypt("abc").substring("enc:".length()));

        // 12-byte nonce, 3 bytes of ciphertext, 16-byte GCM tag
        assertThat(raw).hasSize(12 + 3 + 16);
    }

    @Test
    void anotherKeyCanNotDecrypt() {
        String stored = cipher.encrypt("secret");

        assertThatThrownBy(() -> new SecretCipher("another key").decrypt(stored))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("datastore.encryption.key is not the key it was encrypted with");
    }

    @Test
    void aDamagedValueIsReportedAsDamaged() {
        assertThatThrownBy(() -> cipher.decrypt("enc:not-base64!"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
        assertThatThrownBy(() -> cipher.decrypt("enc:AAAA"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void valuesStoredBeforeAKeyWasSetAreReadAsTheyAre() {
        assertThat(cipher.decrypt("plain value")).isEqualTo("plain value");
        assertThat(cipher.decrypt("")).isEmpty();
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> new SecretCipher("")).isInstanceOf(IllegalArgumentException.class);
    }
}
