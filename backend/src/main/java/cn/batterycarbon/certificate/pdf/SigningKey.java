package cn.batterycarbon.certificate.pdf;

import java.io.InputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** The platform's signing key with its certificate chain and algorithm. */
public record SigningKey(PrivateKey privateKey, List<X509Certificate> chain, SignatureAlgorithm algorithm) {

    /** Bouncy Castle, registered once: SM2/SM3 and the CMS signatures need it. */
    public static Provider provider() {
        Provider bc = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (bc == null) {
            bc = new BouncyCastleProvider();
            Security.addProvider(bc);
        }
        return bc;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Loads the key from a PKCS#12 (or JKS) key store. */
    public static SigningKey load(InputStream keyStore, char[] password, String alias, SignatureAlgorithm algorithm) {
        try {
            provider();
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastleProvider.PROVIDER_NAME);
            store.load(keyStore, password);
            String name =
                    alias != null && !alias.isBlank() ? alias : store.aliases().nextElement();
            PrivateKey key = (PrivateKey) store.getKey(name, password);
            Certificate[] chain = store.getCertificateChain(name);
            if (key == null || chain == null) {
                throw new IllegalStateException("no key entry '" + name + "' in the signing key store");
            }
            return new SigningKey(
                    key, Arrays.stream(chain).map(X509Certificate.class::cast).toList(), algorithm);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing key store: " + e.getMessage(), e);
        }
    }

    /** A new key pair with a self-signed certificate (demo mode and tests). */
    public static SigningKey generate(SignatureAlgorithm algorithm, String commonName) {
        try {
            Provider bc = provider();
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm.keyAlgorithm(), bc);
            switch (algorithm) {
                case RSA -> generator.initialize(2048);
                case ECDSA -> generator.initialize(new ECGenParameterSpec("secp256r1"));
                case SM2 -> generator.initialize(new ECGenParameterSpec("sm2p256v1"));
            }
            KeyPair pair = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName + ", O=Battery Carbon Platform, C=CN");
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                    subject,
                    BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))),
                    subject,
                    pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(
                    Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .setProvider(bc)
                    .getCertificate(builder.build(new JcaContentSignerBuilder(algorithm.jcaName())
                            .setProvider(bc)
                            .build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), List.of(certificate), algorithm);
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " signing key", e);
        }
    }

    /** Writes the key and certificate as a PKCS#12 key store. */
    public void store(java.io.OutputStream out, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", provider());
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain.toArray(Certificate[]::new));
            store.store(out, password);
        } catch (java.io.IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write the signing key store", e);
        }
    }
}
