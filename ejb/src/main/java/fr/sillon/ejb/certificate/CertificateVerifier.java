package fr.sillon.ejb.certificate;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Tells whether given bytes are an unaltered, validly signed Sillon certificate, and which number it carries:
 * exactly one signature, covering the whole file (nothing appended after signing), whose CMS validates against the
 * signed bytes and whose signer key is one of Sillon's signing keys.
 */
public final class CertificateVerifier {
    /** Why a file is or is not an authentic Sillon certificate. */
    public enum Outcome {
        /** Signed by Sillon and unaltered since. */
        AUTHENTIC,
        /** Not a PDF, or a PDF without signature. */
        NOT_SIGNED,
        /** Signed, but the file was changed after signing (or the signature is broken). */
        ALTERED,
        /** Validly signed, but not by a Sillon key. */
        UNKNOWN_SIGNER
    }

    public record Result(Outcome outcome, String number, String sha256) {
        public boolean authentic() {
            return outcome == Outcome.AUTHENTIC;
        }
    }

    /** Scratch memory of one check in the heap, and in all (heap + temporary file). */
    static final long SCRATCH_MEMORY = 4L << 20;
    static final long SCRATCH_TOTAL = 64L << 20;

    private final List<PublicKey> trustedKeys;

    public CertificateVerifier(Collection<PublicKey> trustedKeys) {
        this.trustedKeys = List.copyOf(trustedKeys);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Result verify(byte[] bytes) {
        String hash = sha256(bytes);
        // scratch memory bounded: a PDF that expands beyond it (a « zip bomb ») is refused as unreadable
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMixed(SCRATCH_MEMORY, SCRATCH_TOTAL).streamCache)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            String number = doc.getDocumentInformation().getCustomMetadataValue(CertificateRenderer.NUMBER_KEY);
            if (signatures.isEmpty()) {
                return new Result(Outcome.NOT_SIGNED, number, hash);
            }
            if (signatures.size() != 1) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            PDSignature signature = signatures.get(0);
            int[] range = signature.getByteRange();
            if (range == null || range.length != 4 || range[0] != 0 || range[1] < 0 || range[2] < range[1]
                    || (long) range[2] + range[3] != bytes.length) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            byte[] contents = signature.getContents(bytes);
            byte[] signed = signature.getSignedContent(bytes);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signed), contents);
            // the hex string must hold the CMS and zero padding only
            if (!allZero(contents, encodedLength(contents))) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certs = cms.getCertificates().getMatches(signer.getSID());
            if (certs.isEmpty()) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            X509CertificateHolder cert = certs.iterator().next();
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert))) {
                return new Result(Outcome.ALTERED, number, hash);
            }
            PublicKey key = new org.bouncycastle.cert.jcajce.JcaX509CertificateConverter().getCertificate(cert)
                    .getPublicKey();
            boolean trusted = trustedKeys.stream().anyMatch(k -> Arrays.equals(k.getEncoded(), key.getEncoded()));
            return new Result(trusted ? Outcome.AUTHENTIC : Outcome.UNKNOWN_SIGNER, number, hash);
        } catch (IOException e) {
            boolean looksLikePdf = bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D'
                    && bytes[3] == 'F';
            return new Result(looksLikePdf ? Outcome.ALTERED : Outcome.NOT_SIGNED, null, hash);
        } catch (Exception e) {
            // broken CMS, digest mismatch, unreadable certificate...
            return new Result(Outcome.ALTERED, null, hash);
        }
    }

    /** Length of the first ASN.1 object of the signature contents. */
    private static int encodedLength(byte[] contents) throws IOException {
        java.io.ByteArrayInputStream in = new java.io.ByteArrayInputStream(contents);
        try (org.bouncycastle.asn1.ASN1InputStream asn1 = new org.bouncycastle.asn1.ASN1InputStream(in)) {
            asn1.readObject();
            return contents.length - in.available();
        }
    }

    private static boolean allZero(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
