package atlas.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens the main window. (Foundation issue fills the window in.) */
public final class AtlasApp extends Application {
    @Override public void start(Stage stage) {
        stage.setTitle("Corridor Atlas");
        stage.show();
    }
}
