package atlas.model;

/** How a coordinate was obtained: from a source, estimated (with an error in km), or not located at all. */
public enum CoordinateStatus { SOURCED, APPROXIMATE, NOT_LOCATED }
