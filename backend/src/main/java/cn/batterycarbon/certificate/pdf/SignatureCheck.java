package cn.batterycarbon.certificate.pdf;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks the signatures of a PDF with PDFBox and Bouncy Castle: each must be cryptographically
 * valid, and the last one must cover the whole file (nothing appended after signing).
 */
public final class SignatureCheck {

    /**
     * @param outcome {@code VALID}, {@code NOT_PDF}, {@code UNSIGNED}, {@code INVALID} (a signature
     *     does not match the bytes it covers) or {@code NOT_COVERED} (bytes added after signing)
     * @param signer the subject of the last signature's certificate, or null
     */
    public record Result(String outcome, String signer, X509Certificate certificate, String subFilter) {

        public boolean valid() {
            return "VALID".equals(outcome);
        }
    }

    private SignatureCheck() {}

    public static Result check(byte[] pdf) {
        SigningKey.provider();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Result("UNSIGNED", null, null, null);
            }
            Result last = null;
            for (PDSignature signature : signatures) {
                int[] range = signature.getByteRange();
                byte[] contents = signature.getContents(pdf);
                byte[] signed = signature.getSignedContent(pdf);
                // /Contents is zero-padded to its reserved size: read the first DER object only
                ContentInfo info;
                try (ASN1InputStream der = new ASN1InputStream(contents)) {
                    info = ContentInfo.getInstance(der.readObject());
                }
                // nothing but zeros may follow the signature in /Contents (not covered by the digest)
                byte[] encoded = info.getEncoded();
                boolean exact = encoded.length <= contents.length
                        && java.util.Arrays.equals(encoded, 0, encoded.length, contents, 0, encoded.length);
                for (int i = encoded.length; exact && i < contents.length; i++) {
                    exact = contents[i] == 0;
                }
                if (!exact) {
                    return new Result("INVALID", null, null, signature.getSubFilter());
                }
                CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), info);
                SignerInformation signer =
                        cms.getSignerInfos().getSigners().iterator().next();
                @SuppressWarnings("unchecked")
                X509CertificateHolder holder = (X509CertificateHolder) cms.getCertificates()
                        .getMatches(signer.getSID())
                        .iterator()
                        .next();
                boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder()
                        .setProvider(SigningKey.provider())
                        .build(holder));
                X509Certificate certificate = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter()
                        .setProvider(SigningKey.provider())
                        .getCertificate(holder);
                if (!ok) {
                    return new Result("INVALID", holder.getSubject().toString(), certificate, signature.getSubFilter());
                }
                boolean coversAll = range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
                last = new Result(
                        coversAll ? "VALID" : "NOT_COVERED",
                        holder.getSubject().toString(),
                        certificate,
                        signature.getSubFilter());
            }
            return last;
        } catch (IOException e) {
            return new Result("NOT_PDF", null, null, null);
        } catch (Exception e) {
            // a damaged signature (digest mismatch, unparsable CMS) is not a valid one
            return new Result("INVALID", null, null, null);
        }
    }
}
