package fr.sillon.ejb.certificate;

import fr.sillon.domain.certificate.CertificateSnapshot;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** JSON form of a {@link CertificateSnapshot}, as stored in the certificate row (JSON-B; dates in ISO form). */
public final class SnapshotJson {
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private SnapshotJson() {
    }

    public static String write(CertificateSnapshot snapshot) {
        return JSONB.toJson(snapshot);
    }

    public static CertificateSnapshot read(String json) {
        return JSONB.fromJson(json, CertificateSnapshot.class);
    }
}
