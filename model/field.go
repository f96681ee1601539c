package model

import "yibao/model/field"

// Field is the one-line text field of the questions (package field).
type Field = field.Field
