// Whether some statement takes the position $position on some territory (a seek on the mentions_position index).
RETURN EXISTS { MATCH ()-[m:MENTIONS]->() WHERE m.position = $position } AS exists
