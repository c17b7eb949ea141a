/** File helpers shared by every writer: whole-or-nothing writes. */
package org.rfcc.bench.model.io;
