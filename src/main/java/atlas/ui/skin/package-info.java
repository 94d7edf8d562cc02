/**
 * Skins and behaviours of the atlas's own controls: the nodes a control is drawn with and the mapping of keys and
 * mouse gestures onto the control's methods (in normalised 0..1 units, never pixels). Internal by convention: code
 * outside atlas.ui uses the controls, not these classes. Depends on atlas.ui, atlas.map (category palette) and
 * JavaFX.
 */
package atlas.ui.skin;
