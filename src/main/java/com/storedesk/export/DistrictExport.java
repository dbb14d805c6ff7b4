package com.storedesk.export;

import com.storedesk.insight.district.DistrictView;
import java.io.IOException;
import java.nio.file.Path;

/** One way to save the district view as a file; blocking, so callers run it off the FX thread. */
public interface DistrictExport {

    /** The name to suggest, in the user's language, with its extension. */
    String fileName(DistrictView view);

    /** Writes the whole file or, on failure, leaves any earlier file of that name as it was. */
    void write(DistrictView view, Path file) throws IOException;
}
