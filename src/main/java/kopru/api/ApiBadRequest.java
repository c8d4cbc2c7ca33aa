package kopru.api;

/** Input the API cannot use: malformed JSON, a wrong type, an unknown language. Answered 400. */
public class ApiBadRequest extends RuntimeException {
    public ApiBadRequest(String message) {
        super(message);
    }
}
