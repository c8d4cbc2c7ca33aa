package kopru.cluster;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** A partner's check of a delivery's signature, written from the README's recipe, not from the sender's code. */
final class Signatures {
    private Signatures() {
    }

    static boolean valid(String secret, WebhookReceiver.Received delivery) {
        if (delivery.signature() == null) {
            return false;
        }
        String timestamp = null;
        String signature = null;
        for (String part : delivery.signature().split(",")) {
            if (part.startsWith("t=")) {
                timestamp = part.substring(2);
            } else if (part.startsWith("v1=")) {
                signature = part.substring(3);
            }
        }
        return timestamp != null && signature != null && signature.equals(hmac(secret, timestamp + "." + delivery.body()));
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
