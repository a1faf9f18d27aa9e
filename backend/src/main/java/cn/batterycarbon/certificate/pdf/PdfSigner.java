package cn.batterycarbon.certificate.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline B: an incremental update with a {@code ETSI.CAdES.detached}
 * signature whose CMS carries the signing-certificate-v2 attribute and no signing-time attribute
 * (the time is the signature dictionary's {@code /M}), made with Bouncy Castle.
 */
public final class PdfSigner {

    private final SigningKey key;
    private final ContentSignerFactory signers;

    /*
     * What every signature repeats, built once: the signing-certificate-v2 attribute (a hash of the
     * certificate), the certificate store and the digest provider. All three are immutable.
     */
    private final AttributeTable signedAttributes;
    private final JcaCertStore chain;
    private final DigestCalculatorProvider digests;

    public PdfSigner(SigningKey key) {
        this.key = key;
        SigningKey.provider();
        this.signers = new ContentSignerFactory(key);
        try {
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {
                        new ESSCertIDv2(
                                new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                                MessageDigest.getInstance("SHA-256")
                                        .digest(key.certificate().getEncoded()))
                    }))));
            this.signedAttributes = new AttributeTable(attributes);
            this.chain = new JcaCertStore(key.chain());
            this.digests = new JcaDigestCalculatorProviderBuilder()
                    .setProvider(SigningKey.provider())
                    .build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot prepare signing: " + e.getMessage(), e);
        }
    }

    public SignatureAlgorithm algorithm() {
        return key.algorithm();
    }

    /** The PDF with the platform's signature appended. */
    public byte[] sign(byte[] pdf, String reason, Instant at) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName("Battery Carbon Platform");
            signature.setReason(reason);
            Calendar time = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
            time.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(time);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(12_000);
            document.addSignature(signature, options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 30_000);
            ExternalSigningSupport external = document.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent()));
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = key.certificate();
            ContentSigner signer = signers.create();
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(digests)
                    .setSignedAttributeGenerator(new WithoutSigningTime(signedAttributes))
                    .build(signer, certificate));
            generator.addCertificates(chain);
            return generator
                    .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
                    .getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign: " + e.getMessage(), e);
        }
    }

    /** PAdES: the signing time is in the signature dictionary, never a CMS signed attribute. */
    private static final class WithoutSigningTime extends DefaultSignedAttributeTableGenerator {

        WithoutSigningTime(AttributeTable attributes) {
            super(attributes);
        }

        @Override
        @SuppressWarnings({"rawtypes", "unchecked"})
        protected java.util.Hashtable createStandardAttributeTable(java.util.Map parameters) {
            java.util.Hashtable table = super.createStandardAttributeTable(parameters);
            table.remove(CMSAttributes.signingTime);
            return table;
        }
    }

    /** A content signer per signature (they are not thread-safe). */
    private record ContentSignerFactory(SigningKey key) {

        ContentSigner create() throws Exception {
            return new JcaContentSignerBuilder(key.algorithm().jcaName())
                    .setProvider(SigningKey.provider())
                    .build(key.privateKey());
        }
    }

    static List<String> names(List<X509Certificate> chain) {
        List<String> names = new ArrayList<>();
        chain.forEach(c -> names.add(c.getSubjectX500Principal().getName()));
        return names;
    }
}
