"""The reference program of bench/startup.py's frozen variant: a QMainWindow with a label."""

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.show()
    sys.exit(app.exec())
