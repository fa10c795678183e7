import ParleyTUI
import CNcursesw
