package fr.sillon.ejb.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs certificate PDFs (PAdES-style CMS detached signature, {@code adbe.pkcs7.detached}, SHA-256 with RSA) with
 * the key of a PKCS12 keystore given by the environment variables {@value #ENV_KEYSTORE} and {@value #ENV_PASSWORD}
 * (optionally {@value #ENV_ALIAS}). Without them (demo mode), a self-signed key is created on first use in the server
 * data directory ({@code jboss.server.data.dir}) or, outside a server, in the temporary directory.
 *
 * <p>Thread-safe and immutable once built.
 */
public final class CertificateSigner {
    public static final String ENV_KEYSTORE = "SILLON_SIGNING_KEYSTORE";
    public static final String ENV_PASSWORD = "SILLON_SIGNING_PASSWORD";
    public static final String ENV_ALIAS = "SILLON_SIGNING_ALIAS";
    static final String DEMO_FILE = "sillon-signing-demo.p12";
    static final char[] DEMO_PASSWORD = "sillon-demo-only".toCharArray();
    private static final Logger LOG = Logger.getLogger(CertificateSigner.class.getName());
    /** Room for the CMS signature in the PDF (bytes). */
    private static final int SIGNATURE_SIZE = 12_000;

    private final PrivateKey key;
    private final X509Certificate[] chain;
    private final boolean demo;

    private CertificateSigner(PrivateKey key, X509Certificate[] chain, boolean demo) {
        this.key = key;
        this.chain = chain;
        this.demo = demo;
    }

    /** The signer configured by the process environment (keystore) or the demo key. */
    public static CertificateSigner fromEnvironment() {
        String dataDir = System.getProperty("jboss.server.data.dir");
        Path dir = dataDir != null ? Path.of(dataDir) : Path.of(System.getProperty("java.io.tmpdir"), "sillon");
        return fromEnvironment(System.getenv(), dir);
    }

    static CertificateSigner fromEnvironment(Map<String, String> env, Path demoDir) {
        String keystore = env.get(ENV_KEYSTORE);
        if (keystore != null && !keystore.isBlank()) {
            String password = env.getOrDefault(ENV_PASSWORD, "");
            return fromKeyStore(Path.of(keystore), password.toCharArray(), env.get(ENV_ALIAS));
        }
        return demo(demoDir);
    }

    /** Loads the first private key entry (or {@code alias}) of a PKCS12 keystore. */
    public static CertificateSigner fromKeyStore(Path file, char[] password, String alias) {
        return load(file, password, alias, false);
    }

    /** The demo key of a directory, created (self-signed, RSA 2048, 10 years) if it does not exist yet. */
    public static synchronized CertificateSigner demo(Path dir) {
        Path file = dir.resolve(DEMO_FILE);
        if (!Files.exists(file)) {
            try {
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, "sillon-signing", ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    createDemoKeyStore().store(out, DEMO_PASSWORD);
                }
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file);
                } catch (java.nio.file.FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp); // another process created it first: use theirs
                }
                LOG.warning(() -> "Mode démonstration : clé de signature auto-signée créée dans " + file
                        + " (définir " + ENV_KEYSTORE + " et " + ENV_PASSWORD + " en production).");
            } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
                throw new IllegalStateException("Création de la clé de démonstration impossible : " + e.getMessage(), e);
            }
        }
        return load(file, DEMO_PASSWORD, null, true);
    }

    private static CertificateSigner load(Path file, char[] password, String alias, boolean demo) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(in, password);
            List<String> aliases = alias != null && !alias.isBlank() ? List.of(alias) : Collections.list(ks.aliases());
            for (String a : aliases) {
                if (ks.isKeyEntry(a)) {
                    PrivateKey k = (PrivateKey) ks.getKey(a, password);
                    Certificate[] c = ks.getCertificateChain(a);
                    X509Certificate[] chain = Arrays.stream(c).map(X509Certificate.class::cast)
                            .toArray(X509Certificate[]::new);
                    return new CertificateSigner(k, chain, demo);
                }
            }
            throw new IllegalStateException("Aucune clé privée dans le magasin " + file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Magasin de clés de signature illisible (" + file + ") : " + e.getMessage(), e);
        }
    }

    private static KeyStore createDemoKeyStore() throws GeneralSecurityException, OperatorCreationException,
            IOException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048, new SecureRandom());
        KeyPair pair = gen.generateKeyPair();
        X500Name name = new X500Name("CN=Sillon - signature des attestations (démonstration), O=Sillon, C=FR");
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true,
                new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate());
        X509Certificate cert = new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("sillon", pair.getPrivate(), DEMO_PASSWORD, new Certificate[] {cert});
        return ks;
    }

    /**
     * Signs a PDF with an invisible signature (incremental update).
     *
     * @param pdf      the unsigned PDF
     * @param number   certificate number, stated in the signature's reason
     * @param name     signer's name (the structure)
     * @param location place of signature (the structure's city), may be null
     * @param when     signing time
     */
    public byte[] sign(byte[] pdf, String number, String name, String location, Calendar when) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(name);
            signature.setReason("Attestation de compétences Sillon n° " + number);
            if (location != null && !location.isBlank()) {
                signature.setLocation(location);
            }
            signature.setSignDate(when);
            SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(SIGNATURE_SIZE);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_SIZE + 4096);
            doc.addSignature(signature, options);
            // PDF/A: the (invisible) signature widget must be printable
            doc.getSignatureFields().forEach(f -> f.getWidgets().forEach(w -> w.setPrinted(true)));
            ExternalSigningSupport external = doc.saveIncrementalForExternalSigning(out);
            external.setSignature(cms(external.getContent().readAllBytes()));
            options.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException | org.bouncycastle.cms.CMSException e) {
            throw new IllegalStateException("Signature impossible : " + e.getMessage(), e);
        }
    }

    private byte[] cms(byte[] content) throws GeneralSecurityException, OperatorCreationException,
            org.bouncycastle.cms.CMSException, IOException {
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(key);
        gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(signer, chain[0]));
        gen.addCertificates(new JcaCertStore(Arrays.asList(chain)));
        CMSSignedData data = gen.generate(new CMSProcessableByteArray(content), false);
        return data.getEncoded();
    }

    /** The signing certificate (its public key identifies Sillon signatures on verification). */
    public X509Certificate certificate() {
        return chain[0];
    }

    public boolean isDemo() {
        return demo;
    }
}
