package bare;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one page of the bare baseline, at the path the benchmark asks Köprü for. */
@Path("/tr/")
public class Hello {
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        return "<!doctype html><title>bare</title><p>Merhaba</p>";
    }
}
